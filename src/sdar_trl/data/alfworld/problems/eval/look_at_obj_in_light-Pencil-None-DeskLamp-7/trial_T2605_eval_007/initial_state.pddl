(define (problem plan_trial_T2605_eval_007)
(:domain alfred)
(:objects
agent1 - agent
BedType - rtype
DeskType - rtype
DrawerType - rtype
DresserType - rtype
GarbageCanType - rtype
ShelfType - rtype
SideTableType - rtype
CellPhoneType - otype
DeskLampType - otype
LaptopType - otype
MugType - otype
PenType - otype
PencilType - otype
PillowType - otype
StatueType - otype
DeskLamp_bar__minus_02_dot_98_bar__plus_02_dot_83_bar__plus_00_dot_77 - object
Pencil_bar__minus_01_dot_53_bar__plus_02_dot_90_bar__minus_01_dot_16 - object
Pen_bar__plus_02_dot_91_bar__plus_01_dot_42_bar__minus_02_dot_78 - object
Laptop_bar__plus_01_dot_50_bar__plus_00_dot_60_bar__plus_01_dot_14 - object
Statue_bar__plus_01_dot_78_bar__plus_00_dot_66_bar__minus_01_dot_13 - object
Mug_bar__plus_01_dot_31_bar__minus_02_dot_10_bar__minus_02_dot_31 - object
CellPhone_bar__minus_02_dot_69_bar__plus_01_dot_27_bar__minus_02_dot_20 - object
Pillow_bar__plus_01_dot_03_bar__plus_00_dot_64_bar__minus_01_dot_48 - object
GarbageCan_bar__plus_02_dot_60_bar__minus_02_dot_89_bar__minus_01_dot_89 - receptacle
Shelf_bar__plus_02_dot_24_bar__plus_00_dot_31_bar__minus_00_dot_84 - receptacle
Drawer_bar__plus_01_dot_21_bar__minus_00_dot_12_bar__plus_02_dot_13 - receptacle
Shelf_bar__minus_02_dot_21_bar__plus_02_dot_97_bar__minus_00_dot_22 - receptacle
Drawer_bar__plus_00_dot_64_bar__plus_01_dot_25_bar__minus_02_dot_74 - receptacle
SideTable_bar__minus_02_dot_70_bar__plus_02_dot_73_bar__minus_00_dot_17 - receptacle
SideTable_bar__minus_02_dot_51_bar__minus_00_dot_96_bar__minus_00_dot_84 - receptacle
Bed_bar__plus_02_dot_89_bar__minus_02_dot_62_bar__plus_00_dot_00 - receptacle
Desk_bar__plus_00_dot_40_bar__plus_02_dot_15_bar__plus_02_dot_19 - receptacle
Dresser_bar__plus_00_dot_18_bar__minus_00_dot_96_bar__minus_00_dot_55 - receptacle
loc_bar_0_bar_3_bar_1_bar__minus_30 - location
loc_bar_10_bar_11_bar_0_bar_0 - location
loc_bar_2_bar_4_bar_1_bar__minus_30 - location
loc_bar_2_bar_6_bar_1_bar_30 - location
loc_bar_5_bar_1_bar_3_bar__minus_30 - location
loc_bar_9_bar__minus_3_bar_1_bar_45 - location
loc_bar__minus_1_bar__minus_2_bar_3_bar_60 - location
loc_bar__minus_4_bar__minus_9_bar_2_bar_60 - location
loc_bar__minus_5_bar__minus_9_bar_0_bar_45 - location
loc_bar__minus_7_bar__minus_8_bar_2_bar_0 - location
loc_bar__minus_9_bar_5_bar_1_bar_60 - location
)
(:init
(atLocation agent1 loc_bar_10_bar_11_bar_0_bar_0)
(receptacleType GarbageCan_bar__plus_02_dot_60_bar__minus_02_dot_89_bar__minus_01_dot_89 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__plus_02_dot_60_bar__minus_02_dot_89_bar__minus_01_dot_89 loc_bar__minus_4_bar__minus_9_bar_2_bar_60)
(receptacleType Shelf_bar__plus_02_dot_24_bar__plus_00_dot_31_bar__minus_00_dot_84 ShelfType)
(receptacleAtLocation Shelf_bar__plus_02_dot_24_bar__plus_00_dot_31_bar__minus_00_dot_84 loc_bar_0_bar_3_bar_1_bar__minus_30)
(receptacleType Drawer_bar__plus_01_dot_21_bar__minus_00_dot_12_bar__plus_02_dot_13 DrawerType)
(receptacleAtLocation Drawer_bar__plus_01_dot_21_bar__minus_00_dot_12_bar__plus_02_dot_13 loc_bar_5_bar_1_bar_3_bar__minus_30)
(openable Drawer_bar__plus_01_dot_21_bar__minus_00_dot_12_bar__plus_02_dot_13)
(receptacleType Shelf_bar__minus_02_dot_21_bar__plus_02_dot_97_bar__minus_00_dot_22 ShelfType)
(receptacleAtLocation Shelf_bar__minus_02_dot_21_bar__plus_02_dot_97_bar__minus_00_dot_22 loc_bar_2_bar_6_bar_1_bar_30)
(receptacleType Drawer_bar__plus_00_dot_64_bar__plus_01_dot_25_bar__minus_02_dot_74 DrawerType)
(receptacleAtLocation Drawer_bar__plus_00_dot_64_bar__plus_01_dot_25_bar__minus_02_dot_74 loc_bar_2_bar_4_bar_1_bar__minus_30)
(openable Drawer_bar__plus_00_dot_64_bar__plus_01_dot_25_bar__minus_02_dot_74)
(receptacleType SideTable_bar__minus_02_dot_70_bar__plus_02_dot_73_bar__minus_00_dot_17 SideTableType)
(receptacleAtLocation SideTable_bar__minus_02_dot_70_bar__plus_02_dot_73_bar__minus_00_dot_17 loc_bar_9_bar__minus_3_bar_1_bar_45)
(receptacleType SideTable_bar__minus_02_dot_51_bar__minus_00_dot_96_bar__minus_00_dot_84 SideTableType)
(receptacleAtLocation SideTable_bar__minus_02_dot_51_bar__minus_00_dot_96_bar__minus_00_dot_84 loc_bar__minus_9_bar_5_bar_1_bar_60)
(receptacleType Bed_bar__plus_02_dot_89_bar__minus_02_dot_62_bar__plus_00_dot_00 BedType)
(receptacleAtLocation Bed_bar__plus_02_dot_89_bar__minus_02_dot_62_bar__plus_00_dot_00 loc_bar__minus_5_bar__minus_9_bar_0_bar_45)
(receptacleType Desk_bar__plus_00_dot_40_bar__plus_02_dot_15_bar__plus_02_dot_19 DeskType)
(receptacleAtLocation Desk_bar__plus_00_dot_40_bar__plus_02_dot_15_bar__plus_02_dot_19 loc_bar__minus_7_bar__minus_8_bar_2_bar_0)
(receptacleType Dresser_bar__plus_00_dot_18_bar__minus_00_dot_96_bar__minus_00_dot_55 DresserType)
(receptacleAtLocation Dresser_bar__plus_00_dot_18_bar__minus_00_dot_96_bar__minus_00_dot_55 loc_bar__minus_1_bar__minus_2_bar_3_bar_60)
(canContain BedType CellPhoneType)
(canContain BedType LaptopType)
(canContain BedType PillowType)
(canContain DeskType CellPhoneType)
(canContain DeskType LaptopType)
(canContain DeskType MugType)
(canContain DeskType PenType)
(canContain DeskType PencilType)
(canContain DeskType StatueType)
(canContain DrawerType CellPhoneType)
(canContain DrawerType PenType)
(canContain DrawerType PencilType)
(canContain DresserType CellPhoneType)
(canContain DresserType LaptopType)
(canContain DresserType MugType)
(canContain DresserType PenType)
(canContain DresserType PencilType)
(canContain DresserType StatueType)
(canContain GarbageCanType PenType)
(canContain GarbageCanType PencilType)
(canContain ShelfType CellPhoneType)
(canContain ShelfType MugType)
(canContain ShelfType PenType)
(canContain ShelfType PencilType)
(canContain ShelfType StatueType)
(canContain SideTableType CellPhoneType)
(canContain SideTableType LaptopType)
(canContain SideTableType MugType)
(canContain SideTableType PenType)
(canContain SideTableType PencilType)
(canContain SideTableType StatueType)
(objectType DeskLamp_bar__minus_02_dot_98_bar__plus_02_dot_83_bar__plus_00_dot_77 DeskLampType)
(inReceptacle DeskLamp_bar__minus_02_dot_98_bar__plus_02_dot_83_bar__plus_00_dot_77 Desk_bar__plus_00_dot_40_bar__plus_02_dot_15_bar__plus_02_dot_19)
(objectAtLocation DeskLamp_bar__minus_02_dot_98_bar__plus_02_dot_83_bar__plus_00_dot_77 loc_bar__minus_7_bar__minus_8_bar_2_bar_0)
(toggleable DeskLamp_bar__minus_02_dot_98_bar__plus_02_dot_83_bar__plus_00_dot_77)
(objectType Pencil_bar__minus_01_dot_53_bar__plus_02_dot_90_bar__minus_01_dot_16 PencilType)
(inReceptacle Pencil_bar__minus_01_dot_53_bar__plus_02_dot_90_bar__minus_01_dot_16 Desk_bar__plus_00_dot_40_bar__plus_02_dot_15_bar__plus_02_dot_19)
(objectAtLocation Pencil_bar__minus_01_dot_53_bar__plus_02_dot_90_bar__minus_01_dot_16 loc_bar__minus_7_bar__minus_8_bar_2_bar_0)
(pickupable Pencil_bar__minus_01_dot_53_bar__plus_02_dot_90_bar__minus_01_dot_16)
(objectType Pen_bar__plus_02_dot_91_bar__plus_01_dot_42_bar__minus_02_dot_78 PenType)
(inReceptacle Pen_bar__plus_02_dot_91_bar__plus_01_dot_42_bar__minus_02_dot_78 Desk_bar__plus_00_dot_40_bar__plus_02_dot_15_bar__plus_02_dot_19)
(objectAtLocation Pen_bar__plus_02_dot_91_bar__plus_01_dot_42_bar__minus_02_dot_78 loc_bar__minus_7_bar__minus_8_bar_2_bar_0)
(pickupable Pen_bar__plus_02_dot_91_bar__plus_01_dot_42_bar__minus_02_dot_78)
(objectType Laptop_bar__plus_01_dot_50_bar__plus_00_dot_60_bar__plus_01_dot_14 LaptopType)
(inReceptacle Laptop_bar__plus_01_dot_50_bar__plus_00_dot_60_bar__plus_01_dot_14 Bed_bar__plus_02_dot_89_bar__minus_02_dot_62_bar__plus_00_dot_00)
(objectAtLocation Laptop_bar__plus_01_dot_50_bar__plus_00_dot_60_bar__plus_01_dot_14 loc_bar__minus_5_bar__minus_9_bar_0_bar_45)
(pickupable Laptop_bar__plus_01_dot_50_bar__plus_00_dot_60_bar__plus_01_dot_14)
(objectType Statue_bar__plus_01_dot_78_bar__plus_00_dot_66_bar__minus_01_dot_13 StatueType)
(inReceptacle Statue_bar__plus_01_dot_78_bar__plus_00_dot_66_bar__minus_01_dot_13 Shelf_bar__minus_02_dot_21_bar__plus_02_dot_97_bar__minus_00_dot_22)
(objectAtLocation Statue_bar__plus_01_dot_78_bar__plus_00_dot_66_bar__minus_01_dot_13 loc_bar_2_bar_6_bar_1_bar_30)
(pickupable Statue_bar__plus_01_dot_78_bar__plus_00_dot_66_bar__minus_01_dot_13)
(objectType Mug_bar__plus_01_dot_31_bar__minus_02_dot_10_bar__minus_02_dot_31 MugType)
(inReceptacle Mug_bar__plus_01_dot_31_bar__minus_02_dot_10_bar__minus_02_dot_31 SideTable_bar__minus_02_dot_51_bar__minus_00_dot_96_bar__minus_00_dot_84)
(objectAtLocation Mug_bar__plus_01_dot_31_bar__minus_02_dot_10_bar__minus_02_dot_31 loc_bar__minus_9_bar_5_bar_1_bar_60)
(pickupable Mug_bar__plus_01_dot_31_bar__minus_02_dot_10_bar__minus_02_dot_31)
(heatable Mug_bar__plus_01_dot_31_bar__minus_02_dot_10_bar__minus_02_dot_31)
(coolable Mug_bar__plus_01_dot_31_bar__minus_02_dot_10_bar__minus_02_dot_31)
(cleanable Mug_bar__plus_01_dot_31_bar__minus_02_dot_10_bar__minus_02_dot_31)
(isReceptacleObject Mug_bar__plus_01_dot_31_bar__minus_02_dot_10_bar__minus_02_dot_31)
(objectType CellPhone_bar__minus_02_dot_69_bar__plus_01_dot_27_bar__minus_02_dot_20 CellPhoneType)
(inReceptacle CellPhone_bar__minus_02_dot_69_bar__plus_01_dot_27_bar__minus_02_dot_20 Bed_bar__plus_02_dot_89_bar__minus_02_dot_62_bar__plus_00_dot_00)
(objectAtLocation CellPhone_bar__minus_02_dot_69_bar__plus_01_dot_27_bar__minus_02_dot_20 loc_bar__minus_5_bar__minus_9_bar_0_bar_45)
(pickupable CellPhone_bar__minus_02_dot_69_bar__plus_01_dot_27_bar__minus_02_dot_20)
(objectType Pillow_bar__plus_01_dot_03_bar__plus_00_dot_64_bar__minus_01_dot_48 PillowType)
(inReceptacle Pillow_bar__plus_01_dot_03_bar__plus_00_dot_64_bar__minus_01_dot_48 Bed_bar__plus_02_dot_89_bar__minus_02_dot_62_bar__plus_00_dot_00)
(objectAtLocation Pillow_bar__plus_01_dot_03_bar__plus_00_dot_64_bar__minus_01_dot_48 loc_bar__minus_5_bar__minus_9_bar_0_bar_45)
(pickupable Pillow_bar__plus_01_dot_03_bar__plus_00_dot_64_bar__minus_01_dot_48)
)
(:goal
             (and
                 (exists (?ot - object
                          ?r - receptacle
                          ?a - agent
                          ?l - location)
                     (and
                         (objectType ?ot DeskLampType)
                         (toggleable ?ot)
                         (isToggled ?ot)
                         (receptacleAtLocation ?r ?l)
                         (atLocation ?a ?l)
                         (inReceptacle ?ot ?r)
                     )
                 )
                 (exists (?o - object
                          ?a - agent)
                     (and
                         (objectType ?o PencilType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
