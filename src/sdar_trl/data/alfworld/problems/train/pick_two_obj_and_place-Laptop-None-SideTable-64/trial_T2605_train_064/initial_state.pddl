(define (problem plan_trial_T2605_train_064)
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
BookType - otype
BowlType - otype
KeyChainType - otype
LaptopType - otype
MugType - otype
PenType - otype
PillowType - otype
Laptop_bar__minus_02_dot_71_bar__plus_00_dot_24_bar__minus_01_dot_67 - object
Laptop_bar__plus_02_dot_03_bar__minus_01_dot_86_bar__minus_00_dot_69 - object
Book_bar__plus_00_dot_16_bar__minus_00_dot_18_bar__minus_00_dot_60 - object
KeyChain_bar__plus_01_dot_94_bar__plus_02_dot_76_bar__plus_00_dot_02 - object
Bowl_bar__plus_02_dot_97_bar__minus_01_dot_02_bar__plus_01_dot_21 - object
Pen_bar__minus_02_dot_12_bar__plus_00_dot_08_bar__minus_02_dot_05 - object
Mug_bar__plus_02_dot_11_bar__plus_00_dot_93_bar__minus_00_dot_90 - object
Pillow_bar__minus_01_dot_87_bar__minus_02_dot_79_bar__plus_02_dot_18 - object
SideTable_bar__plus_00_dot_61_bar__plus_00_dot_71_bar__plus_02_dot_64 - receptacle
Desk_bar__minus_00_dot_70_bar__minus_01_dot_44_bar__minus_01_dot_72 - receptacle
Drawer_bar__plus_01_dot_82_bar__plus_02_dot_06_bar__minus_00_dot_39 - receptacle
Bed_bar__plus_02_dot_49_bar__minus_01_dot_25_bar__minus_02_dot_30 - receptacle
GarbageCan_bar__minus_02_dot_72_bar__minus_00_dot_29_bar__plus_00_dot_53 - receptacle
Shelf_bar__plus_01_dot_98_bar__plus_02_dot_38_bar__minus_01_dot_40 - receptacle
Dresser_bar__plus_00_dot_65_bar__plus_02_dot_33_bar__plus_00_dot_03 - receptacle
Drawer_bar__plus_02_dot_56_bar__minus_02_dot_04_bar__minus_02_dot_36 - receptacle
Shelf_bar__minus_02_dot_78_bar__minus_02_dot_90_bar__plus_01_dot_90 - receptacle
SideTable_bar__plus_00_dot_37_bar__minus_01_dot_76_bar__plus_01_dot_99 - receptacle
loc_bar_0_bar__minus_7_bar_1_bar_60 - location
loc_bar_11_bar_10_bar_0_bar_0 - location
loc_bar_4_bar__minus_4_bar_3_bar_60 - location
loc_bar_6_bar__minus_9_bar_1_bar_0 - location
loc_bar_7_bar__minus_6_bar_2_bar_60 - location
loc_bar__minus_1_bar__minus_7_bar_1_bar__minus_30 - location
loc_bar__minus_1_bar__minus_9_bar_1_bar_0 - location
loc_bar__minus_2_bar__minus_4_bar_3_bar_0 - location
loc_bar__minus_4_bar_9_bar_2_bar_45 - location
loc_bar__minus_6_bar_0_bar_0_bar_0 - location
loc_bar__minus_6_bar_4_bar_0_bar__minus_30 - location
)
(:init
(atLocation agent1 loc_bar_11_bar_10_bar_0_bar_0)
(receptacleType SideTable_bar__plus_00_dot_61_bar__plus_00_dot_71_bar__plus_02_dot_64 SideTableType)
(receptacleAtLocation SideTable_bar__plus_00_dot_61_bar__plus_00_dot_71_bar__plus_02_dot_64 loc_bar__minus_6_bar_0_bar_0_bar_0)
(receptacleType Desk_bar__minus_00_dot_70_bar__minus_01_dot_44_bar__minus_01_dot_72 DeskType)
(receptacleAtLocation Desk_bar__minus_00_dot_70_bar__minus_01_dot_44_bar__minus_01_dot_72 loc_bar__minus_4_bar_9_bar_2_bar_45)
(receptacleType Drawer_bar__plus_01_dot_82_bar__plus_02_dot_06_bar__minus_00_dot_39 DrawerType)
(receptacleAtLocation Drawer_bar__plus_01_dot_82_bar__plus_02_dot_06_bar__minus_00_dot_39 loc_bar__minus_6_bar_4_bar_0_bar__minus_30)
(openable Drawer_bar__plus_01_dot_82_bar__plus_02_dot_06_bar__minus_00_dot_39)
(receptacleType Bed_bar__plus_02_dot_49_bar__minus_01_dot_25_bar__minus_02_dot_30 BedType)
(receptacleAtLocation Bed_bar__plus_02_dot_49_bar__minus_01_dot_25_bar__minus_02_dot_30 loc_bar_4_bar__minus_4_bar_3_bar_60)
(receptacleType GarbageCan_bar__minus_02_dot_72_bar__minus_00_dot_29_bar__plus_00_dot_53 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_02_dot_72_bar__minus_00_dot_29_bar__plus_00_dot_53 loc_bar__minus_1_bar__minus_7_bar_1_bar__minus_30)
(receptacleType Shelf_bar__plus_01_dot_98_bar__plus_02_dot_38_bar__minus_01_dot_40 ShelfType)
(receptacleAtLocation Shelf_bar__plus_01_dot_98_bar__plus_02_dot_38_bar__minus_01_dot_40 loc_bar_6_bar__minus_9_bar_1_bar_0)
(receptacleType Dresser_bar__plus_00_dot_65_bar__plus_02_dot_33_bar__plus_00_dot_03 DresserType)
(receptacleAtLocation Dresser_bar__plus_00_dot_65_bar__plus_02_dot_33_bar__plus_00_dot_03 loc_bar__minus_1_bar__minus_9_bar_1_bar_0)
(receptacleType Drawer_bar__plus_02_dot_56_bar__minus_02_dot_04_bar__minus_02_dot_36 DrawerType)
(receptacleAtLocation Drawer_bar__plus_02_dot_56_bar__minus_02_dot_04_bar__minus_02_dot_36 loc_bar_0_bar__minus_7_bar_1_bar_60)
(openable Drawer_bar__plus_02_dot_56_bar__minus_02_dot_04_bar__minus_02_dot_36)
(receptacleType Shelf_bar__minus_02_dot_78_bar__minus_02_dot_90_bar__plus_01_dot_90 ShelfType)
(receptacleAtLocation Shelf_bar__minus_02_dot_78_bar__minus_02_dot_90_bar__plus_01_dot_90 loc_bar_7_bar__minus_6_bar_2_bar_60)
(receptacleType SideTable_bar__plus_00_dot_37_bar__minus_01_dot_76_bar__plus_01_dot_99 SideTableType)
(receptacleAtLocation SideTable_bar__plus_00_dot_37_bar__minus_01_dot_76_bar__plus_01_dot_99 loc_bar__minus_2_bar__minus_4_bar_3_bar_0)
(canContain BedType BookType)
(canContain BedType LaptopType)
(canContain BedType PillowType)
(canContain DeskType BookType)
(canContain DeskType BowlType)
(canContain DeskType KeyChainType)
(canContain DeskType LaptopType)
(canContain DeskType MugType)
(canContain DeskType PenType)
(canContain DrawerType BookType)
(canContain DrawerType KeyChainType)
(canContain DrawerType PenType)
(canContain DresserType BookType)
(canContain DresserType BowlType)
(canContain DresserType KeyChainType)
(canContain DresserType LaptopType)
(canContain DresserType MugType)
(canContain DresserType PenType)
(canContain GarbageCanType PenType)
(canContain ShelfType BookType)
(canContain ShelfType BowlType)
(canContain ShelfType KeyChainType)
(canContain ShelfType MugType)
(canContain ShelfType PenType)
(canContain SideTableType BookType)
(canContain SideTableType BowlType)
(canContain SideTableType KeyChainType)
(canContain SideTableType LaptopType)
(canContain SideTableType MugType)
(canContain SideTableType PenType)
(objectType Laptop_bar__minus_02_dot_71_bar__plus_00_dot_24_bar__minus_01_dot_67 LaptopType)
(inReceptacle Laptop_bar__minus_02_dot_71_bar__plus_00_dot_24_bar__minus_01_dot_67 Bed_bar__plus_02_dot_49_bar__minus_01_dot_25_bar__minus_02_dot_30)
(objectAtLocation Laptop_bar__minus_02_dot_71_bar__plus_00_dot_24_bar__minus_01_dot_67 loc_bar_4_bar__minus_4_bar_3_bar_60)
(pickupable Laptop_bar__minus_02_dot_71_bar__plus_00_dot_24_bar__minus_01_dot_67)
(objectType Laptop_bar__plus_02_dot_03_bar__minus_01_dot_86_bar__minus_00_dot_69 LaptopType)
(inReceptacle Laptop_bar__plus_02_dot_03_bar__minus_01_dot_86_bar__minus_00_dot_69 Bed_bar__plus_02_dot_49_bar__minus_01_dot_25_bar__minus_02_dot_30)
(objectAtLocation Laptop_bar__plus_02_dot_03_bar__minus_01_dot_86_bar__minus_00_dot_69 loc_bar_4_bar__minus_4_bar_3_bar_60)
(pickupable Laptop_bar__plus_02_dot_03_bar__minus_01_dot_86_bar__minus_00_dot_69)
(objectType Book_bar__plus_00_dot_16_bar__minus_00_dot_18_bar__minus_00_dot_60 BookType)
(inReceptacle Book_bar__plus_00_dot_16_bar__minus_00_dot_18_bar__minus_00_dot_60 Bed_bar__plus_02_dot_49_bar__minus_01_dot_25_bar__minus_02_dot_30)
(objectAtLocation Book_bar__plus_00_dot_16_bar__minus_00_dot_18_bar__minus_00_dot_60 loc_bar_4_bar__minus_4_bar_3_bar_60)
(pickupable Book_bar__plus_00_dot_16_bar__minus_00_dot_18_bar__minus_00_dot_60)
(objectType KeyChain_bar__plus_01_dot_94_bar__plus_02_dot_76_bar__plus_00_dot_02 KeyChainType)
(inReceptacle KeyChain_bar__plus_01_dot_94_bar__plus_02_dot_76_bar__plus_00_dot_02 Shelf_bar__plus_01_dot_98_bar__plus_02_dot_38_bar__minus_01_dot_40)
(objectAtLocation KeyChain_bar__plus_01_dot_94_bar__plus_02_dot_76_bar__plus_00_dot_02 loc_bar_6_bar__minus_9_bar_1_bar_0)
(pickupable KeyChain_bar__plus_01_dot_94_bar__plus_02_dot_76_bar__plus_00_dot_02)
(objectType Bowl_bar__plus_02_dot_97_bar__minus_01_dot_02_bar__plus_01_dot_21 BowlType)
(inReceptacle Bowl_bar__plus_02_dot_97_bar__minus_01_dot_02_bar__plus_01_dot_21 Shelf_bar__plus_01_dot_98_bar__plus_02_dot_38_bar__minus_01_dot_40)
(objectAtLocation Bowl_bar__plus_02_dot_97_bar__minus_01_dot_02_bar__plus_01_dot_21 loc_bar_6_bar__minus_9_bar_1_bar_0)
(pickupable Bowl_bar__plus_02_dot_97_bar__minus_01_dot_02_bar__plus_01_dot_21)
(coolable Bowl_bar__plus_02_dot_97_bar__minus_01_dot_02_bar__plus_01_dot_21)
(cleanable Bowl_bar__plus_02_dot_97_bar__minus_01_dot_02_bar__plus_01_dot_21)
(isReceptacleObject Bowl_bar__plus_02_dot_97_bar__minus_01_dot_02_bar__plus_01_dot_21)
(objectType Pen_bar__minus_02_dot_12_bar__plus_00_dot_08_bar__minus_02_dot_05 PenType)
(inReceptacle Pen_bar__minus_02_dot_12_bar__plus_00_dot_08_bar__minus_02_dot_05 Desk_bar__minus_00_dot_70_bar__minus_01_dot_44_bar__minus_01_dot_72)
(objectAtLocation Pen_bar__minus_02_dot_12_bar__plus_00_dot_08_bar__minus_02_dot_05 loc_bar__minus_4_bar_9_bar_2_bar_45)
(pickupable Pen_bar__minus_02_dot_12_bar__plus_00_dot_08_bar__minus_02_dot_05)
(objectType Mug_bar__plus_02_dot_11_bar__plus_00_dot_93_bar__minus_00_dot_90 MugType)
(inReceptacle Mug_bar__plus_02_dot_11_bar__plus_00_dot_93_bar__minus_00_dot_90 Shelf_bar__plus_01_dot_98_bar__plus_02_dot_38_bar__minus_01_dot_40)
(objectAtLocation Mug_bar__plus_02_dot_11_bar__plus_00_dot_93_bar__minus_00_dot_90 loc_bar_6_bar__minus_9_bar_1_bar_0)
(pickupable Mug_bar__plus_02_dot_11_bar__plus_00_dot_93_bar__minus_00_dot_90)
(heatable Mug_bar__plus_02_dot_11_bar__plus_00_dot_93_bar__minus_00_dot_90)
(coolable Mug_bar__plus_02_dot_11_bar__plus_00_dot_93_bar__minus_00_dot_90)
(cleanable Mug_bar__plus_02_dot_11_bar__plus_00_dot_93_bar__minus_00_dot_90)
(isReceptacleObject Mug_bar__plus_02_dot_11_bar__plus_00_dot_93_bar__minus_00_dot_90)
(objectType Pillow_bar__minus_01_dot_87_bar__minus_02_dot_79_bar__plus_02_dot_18 PillowType)
(inReceptacle Pillow_bar__minus_01_dot_87_bar__minus_02_dot_79_bar__plus_02_dot_18 Bed_bar__plus_02_dot_49_bar__minus_01_dot_25_bar__minus_02_dot_30)
(objectAtLocation Pillow_bar__minus_01_dot_87_bar__minus_02_dot_79_bar__plus_02_dot_18 loc_bar_4_bar__minus_4_bar_3_bar_60)
(pickupable Pillow_bar__minus_01_dot_87_bar__minus_02_dot_79_bar__plus_02_dot_18)
)
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 LaptopType)
                                    (receptacleType ?r SideTableType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 LaptopType)
                                            (receptacleType ?r SideTableType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
