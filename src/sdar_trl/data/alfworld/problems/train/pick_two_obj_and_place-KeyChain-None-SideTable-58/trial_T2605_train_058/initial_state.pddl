(define (problem plan_trial_T2605_train_058)
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
CellPhoneType - otype
CreditCardType - otype
KeyChainType - otype
LaptopType - otype
PenType - otype
KeyChain_bar__minus_01_dot_29_bar__minus_00_dot_79_bar__minus_02_dot_29 - object
KeyChain_bar__plus_02_dot_60_bar__minus_01_dot_77_bar__minus_02_dot_15 - object
CreditCard_bar__minus_01_dot_70_bar__minus_02_dot_83_bar__minus_00_dot_11 - object
CellPhone_bar__minus_01_dot_24_bar__plus_02_dot_79_bar__minus_02_dot_69 - object
Pen_bar__minus_00_dot_67_bar__minus_00_dot_84_bar__minus_02_dot_72 - object
Bowl_bar__plus_02_dot_30_bar__minus_01_dot_27_bar__plus_01_dot_14 - object
Laptop_bar__minus_00_dot_44_bar__minus_00_dot_30_bar__minus_01_dot_05 - object
Book_bar__minus_01_dot_51_bar__minus_02_dot_66_bar__plus_01_dot_38 - object
Dresser_bar__plus_00_dot_78_bar__plus_01_dot_32_bar__plus_00_dot_60 - receptacle
Desk_bar__plus_00_dot_06_bar__plus_01_dot_61_bar__plus_02_dot_55 - receptacle
Bed_bar__minus_02_dot_71_bar__plus_00_dot_58_bar__minus_02_dot_26 - receptacle
SideTable_bar__minus_00_dot_27_bar__plus_01_dot_23_bar__plus_01_dot_31 - receptacle
Drawer_bar__plus_02_dot_97_bar__minus_00_dot_11_bar__plus_01_dot_40 - receptacle
SideTable_bar__minus_00_dot_34_bar__plus_01_dot_65_bar__plus_02_dot_51 - receptacle
Shelf_bar__minus_01_dot_40_bar__plus_01_dot_39_bar__minus_02_dot_47 - receptacle
Shelf_bar__minus_02_dot_00_bar__minus_02_dot_26_bar__plus_02_dot_27 - receptacle
GarbageCan_bar__plus_02_dot_22_bar__minus_01_dot_46_bar__minus_01_dot_90 - receptacle
Drawer_bar__plus_02_dot_27_bar__plus_01_dot_58_bar__minus_02_dot_23 - receptacle
loc_bar_0_bar_7_bar_1_bar_60 - location
loc_bar_10_bar_11_bar_0_bar_0 - location
loc_bar_6_bar_8_bar_1_bar_0 - location
loc_bar_6_bar__minus_2_bar_2_bar_0 - location
loc_bar_7_bar_4_bar_0_bar__minus_30 - location
loc_bar_7_bar__minus_1_bar_1_bar_60 - location
loc_bar_8_bar__minus_6_bar_3_bar_0 - location
loc_bar_9_bar_5_bar_3_bar_0 - location
loc_bar__minus_1_bar__minus_7_bar_0_bar_60 - location
loc_bar__minus_8_bar_4_bar_0_bar_30 - location
loc_bar__minus_9_bar__minus_1_bar_1_bar_60 - location
)
(:init
(atLocation agent1 loc_bar_10_bar_11_bar_0_bar_0)
(receptacleType Dresser_bar__plus_00_dot_78_bar__plus_01_dot_32_bar__plus_00_dot_60 DresserType)
(receptacleAtLocation Dresser_bar__plus_00_dot_78_bar__plus_01_dot_32_bar__plus_00_dot_60 loc_bar_6_bar_8_bar_1_bar_0)
(receptacleType Desk_bar__plus_00_dot_06_bar__plus_01_dot_61_bar__plus_02_dot_55 DeskType)
(receptacleAtLocation Desk_bar__plus_00_dot_06_bar__plus_01_dot_61_bar__plus_02_dot_55 loc_bar_7_bar_4_bar_0_bar__minus_30)
(receptacleType Bed_bar__minus_02_dot_71_bar__plus_00_dot_58_bar__minus_02_dot_26 BedType)
(receptacleAtLocation Bed_bar__minus_02_dot_71_bar__plus_00_dot_58_bar__minus_02_dot_26 loc_bar__minus_9_bar__minus_1_bar_1_bar_60)
(receptacleType SideTable_bar__minus_00_dot_27_bar__plus_01_dot_23_bar__plus_01_dot_31 SideTableType)
(receptacleAtLocation SideTable_bar__minus_00_dot_27_bar__plus_01_dot_23_bar__plus_01_dot_31 loc_bar_6_bar__minus_2_bar_2_bar_0)
(receptacleType Drawer_bar__plus_02_dot_97_bar__minus_00_dot_11_bar__plus_01_dot_40 DrawerType)
(receptacleAtLocation Drawer_bar__plus_02_dot_97_bar__minus_00_dot_11_bar__plus_01_dot_40 loc_bar_9_bar_5_bar_3_bar_0)
(openable Drawer_bar__plus_02_dot_97_bar__minus_00_dot_11_bar__plus_01_dot_40)
(receptacleType SideTable_bar__minus_00_dot_34_bar__plus_01_dot_65_bar__plus_02_dot_51 SideTableType)
(receptacleAtLocation SideTable_bar__minus_00_dot_34_bar__plus_01_dot_65_bar__plus_02_dot_51 loc_bar__minus_8_bar_4_bar_0_bar_30)
(receptacleType Shelf_bar__minus_01_dot_40_bar__plus_01_dot_39_bar__minus_02_dot_47 ShelfType)
(receptacleAtLocation Shelf_bar__minus_01_dot_40_bar__plus_01_dot_39_bar__minus_02_dot_47 loc_bar_7_bar__minus_1_bar_1_bar_60)
(receptacleType Shelf_bar__minus_02_dot_00_bar__minus_02_dot_26_bar__plus_02_dot_27 ShelfType)
(receptacleAtLocation Shelf_bar__minus_02_dot_00_bar__minus_02_dot_26_bar__plus_02_dot_27 loc_bar__minus_1_bar__minus_7_bar_0_bar_60)
(receptacleType GarbageCan_bar__plus_02_dot_22_bar__minus_01_dot_46_bar__minus_01_dot_90 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__plus_02_dot_22_bar__minus_01_dot_46_bar__minus_01_dot_90 loc_bar_8_bar__minus_6_bar_3_bar_0)
(receptacleType Drawer_bar__plus_02_dot_27_bar__plus_01_dot_58_bar__minus_02_dot_23 DrawerType)
(receptacleAtLocation Drawer_bar__plus_02_dot_27_bar__plus_01_dot_58_bar__minus_02_dot_23 loc_bar_0_bar_7_bar_1_bar_60)
(openable Drawer_bar__plus_02_dot_27_bar__plus_01_dot_58_bar__minus_02_dot_23)
(canContain BedType BookType)
(canContain BedType CellPhoneType)
(canContain BedType LaptopType)
(canContain DeskType BookType)
(canContain DeskType BowlType)
(canContain DeskType CellPhoneType)
(canContain DeskType CreditCardType)
(canContain DeskType KeyChainType)
(canContain DeskType LaptopType)
(canContain DeskType PenType)
(canContain DrawerType BookType)
(canContain DrawerType CellPhoneType)
(canContain DrawerType CreditCardType)
(canContain DrawerType KeyChainType)
(canContain DrawerType PenType)
(canContain DresserType BookType)
(canContain DresserType BowlType)
(canContain DresserType CellPhoneType)
(canContain DresserType CreditCardType)
(canContain DresserType KeyChainType)
(canContain DresserType LaptopType)
(canContain DresserType PenType)
(canContain GarbageCanType PenType)
(canContain ShelfType BookType)
(canContain ShelfType BowlType)
(canContain ShelfType CellPhoneType)
(canContain ShelfType CreditCardType)
(canContain ShelfType KeyChainType)
(canContain ShelfType PenType)
(canContain SideTableType BookType)
(canContain SideTableType BowlType)
(canContain SideTableType CellPhoneType)
(canContain SideTableType CreditCardType)
(canContain SideTableType KeyChainType)
(canContain SideTableType LaptopType)
(canContain SideTableType PenType)
(objectType KeyChain_bar__minus_01_dot_29_bar__minus_00_dot_79_bar__minus_02_dot_29 KeyChainType)
(inReceptacle KeyChain_bar__minus_01_dot_29_bar__minus_00_dot_79_bar__minus_02_dot_29 Dresser_bar__plus_00_dot_78_bar__plus_01_dot_32_bar__plus_00_dot_60)
(objectAtLocation KeyChain_bar__minus_01_dot_29_bar__minus_00_dot_79_bar__minus_02_dot_29 loc_bar_6_bar_8_bar_1_bar_0)
(pickupable KeyChain_bar__minus_01_dot_29_bar__minus_00_dot_79_bar__minus_02_dot_29)
(objectType KeyChain_bar__plus_02_dot_60_bar__minus_01_dot_77_bar__minus_02_dot_15 KeyChainType)
(inReceptacle KeyChain_bar__plus_02_dot_60_bar__minus_01_dot_77_bar__minus_02_dot_15 Dresser_bar__plus_00_dot_78_bar__plus_01_dot_32_bar__plus_00_dot_60)
(objectAtLocation KeyChain_bar__plus_02_dot_60_bar__minus_01_dot_77_bar__minus_02_dot_15 loc_bar_6_bar_8_bar_1_bar_0)
(pickupable KeyChain_bar__plus_02_dot_60_bar__minus_01_dot_77_bar__minus_02_dot_15)
(objectType CreditCard_bar__minus_01_dot_70_bar__minus_02_dot_83_bar__minus_00_dot_11 CreditCardType)
(inReceptacle CreditCard_bar__minus_01_dot_70_bar__minus_02_dot_83_bar__minus_00_dot_11 Drawer_bar__plus_02_dot_27_bar__plus_01_dot_58_bar__minus_02_dot_23)
(objectAtLocation CreditCard_bar__minus_01_dot_70_bar__minus_02_dot_83_bar__minus_00_dot_11 loc_bar_0_bar_7_bar_1_bar_60)
(pickupable CreditCard_bar__minus_01_dot_70_bar__minus_02_dot_83_bar__minus_00_dot_11)
(objectType CellPhone_bar__minus_01_dot_24_bar__plus_02_dot_79_bar__minus_02_dot_69 CellPhoneType)
(inReceptacle CellPhone_bar__minus_01_dot_24_bar__plus_02_dot_79_bar__minus_02_dot_69 Bed_bar__minus_02_dot_71_bar__plus_00_dot_58_bar__minus_02_dot_26)
(objectAtLocation CellPhone_bar__minus_01_dot_24_bar__plus_02_dot_79_bar__minus_02_dot_69 loc_bar__minus_9_bar__minus_1_bar_1_bar_60)
(pickupable CellPhone_bar__minus_01_dot_24_bar__plus_02_dot_79_bar__minus_02_dot_69)
(objectType Pen_bar__minus_00_dot_67_bar__minus_00_dot_84_bar__minus_02_dot_72 PenType)
(inReceptacle Pen_bar__minus_00_dot_67_bar__minus_00_dot_84_bar__minus_02_dot_72 Desk_bar__plus_00_dot_06_bar__plus_01_dot_61_bar__plus_02_dot_55)
(objectAtLocation Pen_bar__minus_00_dot_67_bar__minus_00_dot_84_bar__minus_02_dot_72 loc_bar_7_bar_4_bar_0_bar__minus_30)
(pickupable Pen_bar__minus_00_dot_67_bar__minus_00_dot_84_bar__minus_02_dot_72)
(objectType Bowl_bar__plus_02_dot_30_bar__minus_01_dot_27_bar__plus_01_dot_14 BowlType)
(inReceptacle Bowl_bar__plus_02_dot_30_bar__minus_01_dot_27_bar__plus_01_dot_14 Shelf_bar__minus_01_dot_40_bar__plus_01_dot_39_bar__minus_02_dot_47)
(objectAtLocation Bowl_bar__plus_02_dot_30_bar__minus_01_dot_27_bar__plus_01_dot_14 loc_bar_7_bar__minus_1_bar_1_bar_60)
(pickupable Bowl_bar__plus_02_dot_30_bar__minus_01_dot_27_bar__plus_01_dot_14)
(coolable Bowl_bar__plus_02_dot_30_bar__minus_01_dot_27_bar__plus_01_dot_14)
(cleanable Bowl_bar__plus_02_dot_30_bar__minus_01_dot_27_bar__plus_01_dot_14)
(isReceptacleObject Bowl_bar__plus_02_dot_30_bar__minus_01_dot_27_bar__plus_01_dot_14)
(objectType Laptop_bar__minus_00_dot_44_bar__minus_00_dot_30_bar__minus_01_dot_05 LaptopType)
(inReceptacle Laptop_bar__minus_00_dot_44_bar__minus_00_dot_30_bar__minus_01_dot_05 Bed_bar__minus_02_dot_71_bar__plus_00_dot_58_bar__minus_02_dot_26)
(objectAtLocation Laptop_bar__minus_00_dot_44_bar__minus_00_dot_30_bar__minus_01_dot_05 loc_bar__minus_9_bar__minus_1_bar_1_bar_60)
(pickupable Laptop_bar__minus_00_dot_44_bar__minus_00_dot_30_bar__minus_01_dot_05)
(objectType Book_bar__minus_01_dot_51_bar__minus_02_dot_66_bar__plus_01_dot_38 BookType)
(inReceptacle Book_bar__minus_01_dot_51_bar__minus_02_dot_66_bar__plus_01_dot_38 Bed_bar__minus_02_dot_71_bar__plus_00_dot_58_bar__minus_02_dot_26)
(objectAtLocation Book_bar__minus_01_dot_51_bar__minus_02_dot_66_bar__plus_01_dot_38 loc_bar__minus_9_bar__minus_1_bar_1_bar_60)
(pickupable Book_bar__minus_01_dot_51_bar__minus_02_dot_66_bar__plus_01_dot_38)
)
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 KeyChainType)
                                    (receptacleType ?r SideTableType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 KeyChainType)
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
